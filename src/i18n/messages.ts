/**
 * The shape every translation must have: the Danish file is the source of truth, and each
 * other language must give a string for every key (checked by the compiler with `satisfies`).
 */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
