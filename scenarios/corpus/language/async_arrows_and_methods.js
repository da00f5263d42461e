const arrow = async (x) => x * 2;
const arrowBlock = async () => { await null; return 'block'; };
const obj = {
  name: 'obj',
  async method() { await null; return this.name; },
  arrowInMethod() { return (async () => this.name + ' via arrow')(); },
  async *agen() { yield this.name; },
  async ['computed' + 'Name']() { return 'computed'; },
};
class Service {
  #secret = 'private';
  static async create() { const s = new Service(); await s.init(); return s; }
  async init() { await null; this.ready = true; }
  async #hidden() { return this.#secret; }
  async reveal() { return await this.#hidden(); }
  get asyncGetterResult() { return (async () => 'from getter')(); }
}
(async () => {
  console.log(await arrow(21), await arrowBlock());
  console.log(await obj.method(), await obj.arrowInMethod(), await obj.computedName());
  for await (const v of obj.agen()) console.log('agen', v);
  const s = await Service.create();
  console.log(s.ready, await s.reveal(), await s.asyncGetterResult);
  console.log(typeof arrow, typeof obj.method, typeof Service.create);
  console.log(arrow(1) instanceof Promise, obj.method.name, Service.create.name, arrow.name);
  const detached = obj.method;
  try { await detached(); } catch (e) { console.log('detached:', e.name); }
  console.log('arguments in async fn:', await (async function () { return arguments.length; })(1, 2, 3));
  const nested = async () => async () => 'inner';
  console.log(await (await nested())());
})();
console.log('sync first');
