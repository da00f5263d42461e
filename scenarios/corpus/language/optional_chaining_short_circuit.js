const data = { user: { name: 'Ann', tags: ['a'], greet() { return 'hi ' + this.name; } }, empty: null };
console.log(data.user?.name, data.missing?.name, data.empty?.name, data.user?.tags?.[0], data.user?.tags?.[5]);
console.log(data.user.greet?.(), data.user.nothing?.(), data.missing?.greet(), data.user?.['name']);
let calls = 0;
const count = () => ++calls;
const nothing = null;
nothing?.[count()];
nothing?.method(count());
nothing?.a.b.c(count());
console.log('short-circuited side effects:', calls);
try { data.missing?.name.length; console.log('ok, whole chain short-circuits'); } catch (e) { console.log(e.name); }
try { (data.missing?.name).length; } catch (e) { console.log('parenthesized breaks chain:', e.name, e.message); }
try { data.user.nothing(); } catch (e) { console.log(e.name, e.message); }
try { data.user.name?.(); } catch (e) { console.log('non-function with ?.():', e.name, e.message); }
console.log(typeof undefined?.x, 0?.toFixed(1), ''?.length, false?.toString());
const fn = data.user.greet;
console.log('this preserved through ?.:', data.user?.greet(), data?.user.greet());
const arr = null;
console.log(arr?.[0] ?? 'default', arr?.length ?? 0, data?.user?.tags?.length ?? -1);
console.log('delete on short-circuited chain:', delete nothing?.x);
class A { static make() { return new A(); } value = 1; }
console.log(A?.make?.()?.value, globalThis.NotAClass?.make());
