// Every process a benchmark starts runs without NODE_EXTRA_CA_CERTS. When it is set, Node 20 reads
// and parses that file's certificates at every start, before any script runs (on a machine whose
// environment names the system's bundle of 144 certificates: 85 ms of a 128 ms `node -e 0`; Node 22
// reads them when TLS first needs them). The floor and the measured process would both pay it, so
// it would add the same constant to both sides of every ratio and make a start-up look closer to
// bare Node than the tool's own work is; the tool never uses TLS. Imported by each benchmark
// that starts processes: it removes the variable from this process's environment, which every
// child inherits, and keeps its value for cli-startup.js's row that shows what it costs.
export const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
delete process.env.NODE_EXTRA_CA_CERTS;

/** One line for a benchmark's header, or "" when the variable is not set here. */
export function bareNodeNote() {
  return extraCaCerts === undefined
    ? ""
    : `NODE_EXTRA_CA_CERTS (set here) is unset for every process measured: Node 20 reads the certificates at every start`;
}
