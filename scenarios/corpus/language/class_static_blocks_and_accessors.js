class Config {
  static defaults;
  static {
    Config.defaults = { retries: 3 };
  }
  #v = 1;
  get v() { return this.#v; }
  set v(x) { this.#v = x * 2; }
}
const c = new Config();
c.v = 21;
console.log(c.v, Config.defaults);
