/*
 * Open-loop HTTP/1.1 load generator for the fixed-rate run of the benchmark.
 *
 *   fixed-rate <job-file>
 *
 * The job file holds one setting per line, then the request bodies, one per line:
 *   host port path rate duration_ms warmup_ms max_connections body_count
 *   <body 1>
 *   ...
 * (JSON text never holds a raw line break, so a body is one line.)
 *
 * Request i is due at start + i / rate. A timerfd (microsecond resolution) wakes the loop at
 * each due time; a due request goes out on an idle keep-alive connection, or a new one (up to
 * max_connections), or waits for one. A connection the server closes while idle (its
 * keep-alive timeout: 5 s in Node) is dropped and its slot reopened when wanted; connections
 * idle for IDLE_CLOSE_MS are closed first, so that a request never races the server's close.
 * A connection closed with a request out counts that request as an error; a connection the
 * server never answered on (refused: the server is down) ends the run. Latency counts from the due time, not from the send, so
 * that a stalled server or a late generator is not hidden (coordinated omission). Requests due
 * in the first warmup_ms are sent and not recorded.
 *
 * Why in C: the generator shares a core with the database. The Node generator's own garbage
 * collection and event-loop turns made it send up to 9 ms late at the 99th percentile, and
 * that lateness was inside every latency it reported. This one allocates nothing per request
 * after start-up and sends within microseconds of the due time; it still reports its own
 * lateness so that the report shows it.
 *
 * Prints one JSON line with the fields of the Node generator's LoadResult.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONNECTIONS 256
#define IDLE_CLOSE_MS 4000.0
/* The headers before content-length, as load-worker.ts gives them (REQUEST_HEADERS there). */
#define REQUEST_HEADERS "content-type: application/json\r\naccept: application/json\r\n"

typedef struct {
  int fd;            /* -1 once closed (the slot is reopened when a connection is wanted) */
  int busy;          /* a request is out on it */
  long answers;      /* answers read on it: 0 means the server never accepted it */
  double idle_since; /* when its last answer came */
  long request;      /* index of that request */
  size_t sent;       /* bytes of the request written so far */
  const char *out;   /* the request's bytes */
  size_t out_len;
  char *in;          /* the answer read so far */
  size_t in_len, in_cap;
} conn_t;

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void fail(const char *what) {
  fprintf(stderr, "fixed-rate: %s: %s\n", what, strerror(errno));
  exit(2);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double percentile(double *sorted, long n, double p) {
  if (n == 0) return 0.0 / 0.0;
  long i = (long)(p / 100.0 * n);
  if (i >= n) i = n - 1;
  return sorted[i];
}

/* --- the job ----------------------------------------------------------------------------- */
static char host[256], path_[1024];
static int port, max_conns;
static double rate, duration_ms, warmup_ms;
static long body_count;
static char **requests;      /* full HTTP requests, one per body */
static size_t *request_lens;

static void read_job(const char *file) {
  FILE *f = fopen(file, "r");
  if (!f) fail("open job");
  if (fscanf(f, "%255s %d %1023s %lf %lf %lf %d %ld", host, &port, path_, &rate, &duration_ms, &warmup_ms, &max_conns, &body_count) != 8) {
    fprintf(stderr, "fixed-rate: malformed job header\n");
    exit(2);
  }
  if (rate <= 0 || body_count <= 0 || max_conns <= 0) {
    fprintf(stderr, "fixed-rate: rate, body count and connections must be positive\n");
    exit(2);
  }
  if (max_conns > MAX_CONNECTIONS) max_conns = MAX_CONNECTIONS;
  int c = fgetc(f); /* the header's line break */
  (void)c;
  requests = calloc(body_count, sizeof(char *));
  request_lens = calloc(body_count, sizeof(size_t));
  char *line = NULL;
  size_t cap = 0;
  for (long i = 0; i < body_count; i++) {
    ssize_t n = getline(&line, &cap, f);
    if (n <= 0) {
      fprintf(stderr, "fixed-rate: the job holds fewer bodies than announced\n");
      exit(2);
    }
    if (line[n - 1] == '\n') line[--n] = 0;
    size_t room = (size_t)n + 512 + strlen(path_) + strlen(host);
    requests[i] = malloc(room);
    /* Byte for byte the head that the closed-loop generator (Node's http client, load-worker.ts)
       sends: the same header names, case and order. A server that saw other headers in the
       closed loop (an Accept it never had, another order) meets new hidden classes and code
       paths at the fixed rate, and re-optimises during the measured window. */
    int head = snprintf(requests[i], room,
                        "POST %s HTTP/1.1\r\n" REQUEST_HEADERS "content-length: %zd\r\nHost: %s:%d\r\nConnection: keep-alive\r\n\r\n",
                        path_, n, host, port);
    memcpy(requests[i] + head, line, (size_t)n);
    request_lens[i] = (size_t)head + (size_t)n;
  }
  free(line);
  fclose(f);
}

/* --- connections ----------------------------------------------------------------------- */
static struct sockaddr_in address;
static int epfd;
static conn_t conns[MAX_CONNECTIONS];
static int open_conns;

/* Opens a connection in `slot` (a closed one) or in a new slot; returns the slot. */
static int open_conn_in(int slot) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (fd < 0) fail("socket");
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (connect(fd, (struct sockaddr *)&address, sizeof address) < 0 && errno != EINPROGRESS) fail("connect");
  if (slot < 0) slot = open_conns++;
  conn_t *c = &conns[slot];
  char *in = c->in;
  size_t in_cap = c->in_cap;
  memset(c, 0, sizeof *c);
  c->fd = fd;
  c->in_cap = in ? in_cap : 64 * 1024;
  c->in = in ? in : malloc(c->in_cap);
  struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, .data.u32 = (uint32_t)slot};
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) < 0) fail("epoll_ctl");
  return slot;
}

static int open_conn(void) { return open_conn_in(-1); }

static void close_conn(conn_t *c) {
  if (c->fd < 0) return;
  epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
  close(c->fd);
  c->fd = -1;
  c->busy = 0;
  c->in_len = 0;
}

/* --- results --------------------------------------------------------------------------- */
static double start_ms;
static double interval_ms;
static double *latencies, *lags;
static long latency_count, lag_count, error_count, answered;
static char first_error[400];

static double due_ms(long i) { return start_ms + i * interval_ms; }
static int recorded(long i) { return due_ms(i) >= start_ms + warmup_ms; }

static void server_closed(conn_t *c);

static void try_write(conn_t *c) {
  while (c->sent < c->out_len) {
    ssize_t n = write(c->fd, c->out + c->sent, c->out_len - c->sent);
    if (n < 0) {
      if (errno == EAGAIN || errno == EINTR || errno == ENOTCONN) return;
      if (errno == EPIPE || errno == ECONNRESET) {
        server_closed(c);
        return;
      }
      fail("write");
    }
    c->sent += (size_t)n;
  }
}

static void send_on(conn_t *c, long i) {
  c->busy = 1;
  c->request = i;
  c->out = requests[i % body_count];
  c->out_len = request_lens[i % body_count];
  c->sent = 0;
  c->in_len = 0;
  if (recorded(i)) lags[lag_count++] = now_ms() - due_ms(i);
  try_write(c);
}

/* Length of a complete chunked body starting at `body`, or -1 while incomplete. */
static long chunked_length(const char *body, size_t len) {
  size_t at = 0;
  for (;;) {
    const char *eol = memmem(body + at, len - at, "\r\n", 2);
    if (!eol) return -1;
    long size = strtol(body + at, NULL, 16);
    at = (size_t)(eol - body) + 2;
    if (size == 0) {
      /* no trailers are sent by the servers measured: the body ends with an empty line */
      if (len - at < 2) return -1;
      return (long)(at + 2);
    }
    if (len - at < (size_t)size + 2) return -1;
    at += (size_t)size + 2;
  }
}

/* Joins a complete chunked body's data in place (chunked_length has checked it); its length. */
static size_t dechunk(char *body, size_t len) {
  size_t from = 0, to = 0;
  for (;;) {
    char *eol = memmem(body + from, len - from, "\r\n", 2);
    size_t size = (size_t)strtol(body + from, NULL, 16);
    from = (size_t)(eol - body) + 2;
    if (size == 0) return to;
    memmove(body + to, body + from, size);
    to += size;
    from += size + 2;
  }
}

/* Whether c->in holds a whole answer; if so, records it and frees the connection. */
static int complete_answer(conn_t *c) {
  char *end_of_head = memmem(c->in, c->in_len, "\r\n\r\n", 4);
  if (!end_of_head) return 0;
  size_t head_len = (size_t)(end_of_head - c->in) + 4;
  long body_len = -1;
  int chunked = 0;
  for (char *line = memmem(c->in, head_len, "\r\n", 2); line && line < end_of_head; line = memmem(line + 2, head_len - (size_t)(line + 2 - c->in), "\r\n", 2)) {
    char *h = line + 2;
    if (strncasecmp(h, "content-length:", 15) == 0) body_len = strtol(h + 15, NULL, 10);
    if (strncasecmp(h, "transfer-encoding:", 18) == 0 && memmem(h, (size_t)(end_of_head - h), "chunked", 7)) chunked = 1;
  }
  size_t have = c->in_len - head_len;
  if (chunked) {
    long n = chunked_length(c->in + head_len, have);
    if (n < 0) return 0;
    have = dechunk(c->in + head_len, have);
  } else if (body_len < 0 || (size_t)body_len > have) {
    return 0;
  }
  double done = now_ms();
  int status = atoi(c->in + 9);
  /* A GraphQL error travels as an "errors" member, which JSON cannot hold inside a string. */
  if (status != 200 || memmem(c->in + head_len, have, "\"errors\":", 9)) {
    error_count++;
    if (!first_error[0]) {
      size_t n = have < 300 ? have : 300;
      snprintf(first_error, sizeof first_error, "%d: %.*s", status, (int)n, c->in + head_len);
    }
  }
  answered++;
  if (recorded(c->request)) latencies[latency_count++] = done - due_ms(c->request);
  c->busy = 0;
  c->in_len = 0;
  c->answers++;
  c->idle_since = done;
  return 1;
}

/*
 * The server closed `c` (end of stream, reset or hang-up). Idle: dropped, reopened when
 * wanted. With a request out: that request counts as an error, unless the server never
 * answered on this connection at all (it refused it: the run cannot go on).
 */
static void server_closed(conn_t *c) {
  if (c->busy) {
    if (c->answers == 0) {
      errno = ECONNREFUSED;
      fail("connection");
    }
    error_count++;
    answered++;
    if (!first_error[0]) snprintf(first_error, sizeof first_error, "the server closed a connection with a request out");
  }
  close_conn(c);
}

static void try_read(conn_t *c) {
  for (;;) {
    if (c->in_cap - c->in_len < 16 * 1024) {
      c->in_cap *= 2;
      c->in = realloc(c->in, c->in_cap);
    }
    ssize_t n = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len);
    if (n < 0) {
      if (errno == EAGAIN || errno == EINTR) break;
      if (errno == ECONNRESET || errno == EPIPE) {
        server_closed(c);
        return;
      }
      fail("read");
    }
    if (n == 0) {
      /* An answer may end right before the close (Connection: close). */
      if (c->busy) complete_answer(c);
      server_closed(c);
      return;
    }
    c->in_len += (size_t)n;
  }
  if (c->busy) complete_answer(c);
}

static void json_string(const char *s) {
  putchar('"');
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') printf("\\%c", ch);
    else if (ch < 0x20) printf("\\u%04x", ch);
    else putchar(ch);
  }
  putchar('"');
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: fixed-rate <job-file>\n");
    return 2;
  }
  read_job(argv[1]);
  struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_STREAM}, *ai;
  if (getaddrinfo(host, NULL, &hints, &ai) != 0) {
    fprintf(stderr, "fixed-rate: cannot resolve %s\n", host);
    return 2;
  }
  address = *(struct sockaddr_in *)ai->ai_addr;
  address.sin_port = htons((uint16_t)port);
  freeaddrinfo(ai);

  long total = (long)((warmup_ms + duration_ms) / 1000.0 * rate);
  interval_ms = 1000.0 / rate;
  latencies = calloc((size_t)total + 1, sizeof(double));
  lags = calloc((size_t)total + 1, sizeof(double));
  epfd = epoll_create1(0);
  if (epfd < 0) fail("epoll_create1");
  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
  if (tfd < 0) fail("timerfd_create");
  struct epoll_event tev = {.events = EPOLLIN, .data.u32 = UINT32_MAX};
  epoll_ctl(epfd, EPOLL_CTL_ADD, tfd, &tev);
  /* Connections open before the clock starts, as the Node generator's agent keeps them. */
  for (int i = 0; i < 8 && i < max_conns; i++) open_conn();

  struct rusage ru0, ru1;
  getrusage(RUSAGE_SELF, &ru0);
  start_ms = now_ms() + 20;
  long next = 0;           /* next request to send */
  long waiting_from = -1;  /* first due request that found no free connection */
  struct epoll_event events[64];
  for (;;) {
    double t = now_ms();
    /* Send every request that is due. */
    while (next < total && due_ms(next) <= t) {
      int slot = -1, closed = -1;
      for (int i = 0; i < open_conns; i++) {
        conn_t *c = &conns[i];
        if (c->fd >= 0 && !c->busy && c->answers > 0 && t - c->idle_since > IDLE_CLOSE_MS) close_conn(c);
        if (c->fd < 0) {
          if (closed < 0) closed = i;
        } else if (!c->busy) {
          slot = i;
          break;
        }
      }
      if (slot < 0 && closed >= 0) slot = open_conn_in(closed);
      if (slot < 0 && open_conns < max_conns) slot = open_conn();
      if (slot < 0) { waiting_from = next; break; }
      waiting_from = -1;
      send_on(&conns[slot], next++);
    }
    int busy = 0;
    for (int i = 0; i < open_conns; i++) busy += conns[i].busy;
    if (next >= total && busy == 0) break;
    /* Sleep until the next due time (or an answer). */
    if (next < total && waiting_from < 0) {
      double due = due_ms(next);
      struct itimerspec its = {0};
      its.it_value.tv_sec = (time_t)(due / 1000.0);
      its.it_value.tv_nsec = (long)((due - its.it_value.tv_sec * 1000.0) * 1e6);
      if (its.it_value.tv_sec == 0 && its.it_value.tv_nsec == 0) its.it_value.tv_nsec = 1;
      timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL);
    }
    int n = epoll_wait(epfd, events, 64, 1000);
    if (n < 0 && errno != EINTR) fail("epoll_wait");
    for (int k = 0; k < n; k++) {
      uint32_t id = events[k].data.u32;
      if (id == UINT32_MAX) {
        uint64_t expirations;
        ssize_t r = read(tfd, &expirations, sizeof expirations);
        (void)r;
        continue;
      }
      conn_t *c = &conns[id];
      if (c->fd < 0) continue; /* closed earlier in this batch */
      if (events[k].events & EPOLLOUT && c->busy) try_write(c);
      if (c->fd >= 0 && events[k].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) try_read(c);
    }
  }
  double elapsed = now_ms() - start_ms - warmup_ms;
  getrusage(RUSAGE_SELF, &ru1);
  double cpu_ms = (ru1.ru_utime.tv_sec - ru0.ru_utime.tv_sec) * 1e3 + (ru1.ru_utime.tv_usec - ru0.ru_utime.tv_usec) / 1e3 +
                  (ru1.ru_stime.tv_sec - ru0.ru_stime.tv_sec) * 1e3 + (ru1.ru_stime.tv_usec - ru0.ru_stime.tv_usec) / 1e3;
  qsort(latencies, (size_t)latency_count, sizeof(double), cmp_double);
  qsort(lags, (size_t)lag_count, sizeof(double), cmp_double);
  printf("{\"requests\":%ld,\"errors\":%ld,\"firstError\":", latency_count, error_count);
  if (first_error[0]) json_string(first_error);
  else printf("null");
  printf(",\"elapsedMs\":%.3f,\"rps\":%.3f,\"p50\":%.4f,\"p90\":%.4f,\"p99\":%.4f,\"max\":%.4f,\"cpuMsPerRequest\":%.5f,\"sendLagP50\":%.4f,\"sendLagP99\":%.4f,\"connections\":%d}\n",
         elapsed, latency_count / elapsed * 1000.0, percentile(latencies, latency_count, 50), percentile(latencies, latency_count, 90),
         percentile(latencies, latency_count, 99), latency_count ? latencies[latency_count - 1] : 0.0 / 0.0, cpu_ms / (answered ? answered : 1),
         percentile(lags, lag_count, 50), percentile(lags, lag_count, 99), open_conns);
  return 0;
}
