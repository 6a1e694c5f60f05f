const http = require('http');
const mode = process.env.MODE;
const reqProto = Object.create(http.IncomingMessage.prototype); const resProto = Object.create(http.ServerResponse.prototype);
const wm = new WeakMap(); const noop = () => {};
const server = http.createServer((req, res) => {
  if (mode === 'proto') { Object.setPrototypeOf(req, reqProto); Object.setPrototypeOf(res, resProto); }
  if (mode === 'num') req.foo = 1;
  if (mode === 'obj') req.foo = {};
  if (mode === 'resnum') res.foo = 1;
  if (mode === 'sym') req[Symbol.for('x')] = 1;
  if (mode === 'weak') wm.set(req, {});
  if (mode === 'cycle') { req.res = res; res.req = req; }
  if (mode === 'reqres') { req.res = res; }
  if (mode === 'resreq') { res.req = req; }
  if (mode === 'closure') { req.next = () => {}; }
  if (mode === 'locals') { res.locals = Object.create(null); }
  if (mode === 'closurefree') { req.next = () => {}; res.on('finish', () => { req.next = undefined; }); }
  if (mode === 'closurefn') { req.next = noop; }
  if (mode === 'fields') { req.res = res; res.req = req; req.next = () => {}; res.locals = Object.create(null); }
  req.resume(); req.on('end', () => { res.statusCode = 404; res.end('{"error":"nf"}'); });
});
server.listen(4730, '127.0.0.1');
