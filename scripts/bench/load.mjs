// One autocannon run, as a child process so run.mjs can pin it to its own CPU (taskset -c 1).
//   node scripts/bench/load.mjs '{"url":"http://127.0.0.1:3300/","connections":10,"duration":10}'
//   (add "distinctPages":true to a URL with a query string to ask for a new page each request)
// Prints one JSON line: throughput, latency percentiles, errors and non-2xx counts.
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2]);
const url = new URL(options.url);
if (url.hostname !== "127.0.0.1") throw new Error(`load only goes to loopback, not ${url.hostname}`);

// distinctPages: every request asks for another page of the view (from a random start, so no run
// meets a page an earlier one cached): what a stream of views nobody has asked for yet costs.
let page = 1 + Math.floor(Math.random() * 1e6);
const distinct = options.distinctPages
  ? { requests: [{ setupRequest: (request) => ({ ...request, path: `${url.pathname}${url.search}&page=${page++}` }) }] }
  : {};

const result = await autocannon({
  url: options.url,
  ...distinct,
  connections: options.connections,
  duration: options.duration,
  pipelining: 1,
  // No Accept-Encoding: every route is measured on its raw bytes, as behind a compressing proxy.
  headers: options.headers ?? {},
});

const statusCounts = {};
for (const [code, n] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = n.count;
console.log(
  JSON.stringify({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    requests: result.requests.total,
    rps: result.requests.average,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCounts,
  }),
);
