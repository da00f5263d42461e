// require() of a graph with top-level await anywhere in it throws ERR_REQUIRE_ASYNC_MODULE before any
// module of it runs; import() still loads it.
try {
  require('./lib/interop-esm-imports-tla.mjs');
} catch (e) {
  console.log(e.code, e instanceof Error);
}
console.log('nothing of the graph ran');
import('./lib/interop-esm-imports-tla.mjs').then(() => console.log('import() loaded it'));
