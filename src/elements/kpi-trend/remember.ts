/**
 * A value made again only when one of its inputs changes, the inputs compared one by one (by
 * identity: no key is built from them, however long a series they hold).
 */
export const remember = <T>(): ((inputs: readonly unknown[], make: () => T) => T) => {
  let last: { readonly inputs: readonly unknown[]; readonly value: T } | undefined;
  return (inputs, make) => {
    const same = last?.inputs.length === inputs.length && inputs.every((input, i) => input === last?.inputs[i]);
    if (!same || !last) last = { inputs, value: make() };
    return last.value;
  };
};
