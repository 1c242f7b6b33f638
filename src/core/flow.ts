/**
 * What a flow's pure `transition(state, event)` answers: the next state and the effects that
 * must happen outside it, or a refusal that leaves the state as it was.
 */
export interface FlowTransition<State, Effect> {
  readonly state: State;
  readonly effects: readonly Effect[];
  /** Why the event was refused (the state is the one passed in), or undefined when it was taken. */
  readonly refused?: string;
}

/** The event does not apply to this state: nothing changes, nothing happens. */
export function refuse<State>(state: State, reason: string): FlowTransition<State, never> {
  return { state, effects: [], refused: reason };
}
