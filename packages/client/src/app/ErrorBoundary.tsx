import { Component, type ReactNode } from 'react';
import { ErrorMessage } from '../ui/states';

/** A page that throws shows an error instead of a blank screen; the rest of the app keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    if (this.state.error) return <ErrorMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
