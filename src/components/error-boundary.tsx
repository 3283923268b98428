import { Component, type ReactNode } from "react";

type Props = {
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
  /** When this changes (say, the user navigates away) a shown error is cleared. */
  resetKey?: string;
};
type State = { error: Error | null };

/** Keeps a failure in one region (the map, say) from taking down the rest of the page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) this.reset();
  }

  reset = () => {
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error !== null) return this.props.fallback(this.state.error, this.reset);
    return this.props.children;
  }
}
