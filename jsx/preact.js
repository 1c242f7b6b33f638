// Types only (preact.d.ts): importing this at run time does nothing.
export {};
