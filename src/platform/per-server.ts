/**
 * Something a running server keeps one of, made on first use and kept with the server's Services: every server in
 * a process (tests start several) has its own, and it goes when they go.
 */
export function perServer<S extends object, T>(make: (services: S) => T): (services: S) => T {
  const made = new WeakMap<S, T>();
  return (services) => {
    let value = made.get(services);
    if (value === undefined) made.set(services, (value = make(services)));
    return value;
  };
}
