// Types only (react.d.ts): importing this at run time does nothing.
export {};
