class Account {
  #balance = 0;
  static count = 0;
  owner = 'nobody';
  constructor(owner) {
    this.owner = owner;
    Account.count++;
  }
  deposit(n) { this.#balance += n; return this; }
  get balance() { return this.#balance; }
  #secret() { return 'hidden'; }
  reveal() { return this.#secret(); }
  static isAccount(o) { return #balance in o; }
}
const a = new Account('amy').deposit(10).deposit(5);
console.log(a.balance, a.reveal(), Account.count);
console.log(Account.isAccount(a), Account.isAccount({}));
console.log(a);
