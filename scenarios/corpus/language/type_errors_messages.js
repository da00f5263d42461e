const attempts = [
  () => undefined.prop,
  () => null.prop,
  () => { const o = {}; o.a.b.c; },
  () => new (() => {})(),
  () => { class K {} K(); },
  () => Symbol() + '',
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
