import { App } from './App';

/** The app as served; access control (sign-in, account menu) wraps it here. */
export function Root() {
  return <App />;
}
