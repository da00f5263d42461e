const inputs = [
  '2024-03-10T12:00:00Z', '2024-03-10T12:00:00.5Z', '2024-03-10T12:00:00+02:00', '2024-03-10T12:00:00.123-05:30',
  '2024-03-10', '2024-03', '2024', '+002024-03-10T00:00:00Z', '-000001-01-01T00:00:00Z', '2024-13-01', '2024-02-30T00:00:00Z', 'nonsense',
];
for (const s of inputs) {
  const t = Date.parse(s);
  console.log(s.padEnd(32), Number.isNaN(t) ? 'NaN' : new Date(t).toISOString());
}
console.log(Date.parse('2024-03-10T12:00:00Z') === new Date('2024-03-10T12:00:00Z').getTime());
console.log(Date.parse('1970-01-01T00:00:00.000Z'), Date.parse('1969-12-31T23:59:59.999Z'));
const a = new Date('2024-01-01T00:00:00Z');
const b = new Date('2024-12-25T18:30:00Z');
const diff = b - a;
console.log(diff, Math.floor(diff / 86400000) + ' days', (diff % 86400000) / 3600000 + ' hours');
console.log(a < b, a.getTime() === new Date(a).getTime(), [b, a].sort((x, y) => x - y).map((x) => x.toISOString()));
console.log(new Date('2024-03-10T12:00:00Z').getUTCDay(), ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(2000, 0, 1)).getUTCDay()]);
function addMonthsUTC(date, n) { const c = new Date(date); c.setUTCMonth(c.getUTCMonth() + n); return c.toISOString().slice(0, 10); }
console.log(addMonthsUTC('2024-01-31T00:00:00Z', 1), addMonthsUTC('2024-03-31T00:00:00Z', -1), addMonthsUTC('2023-12-15T00:00:00Z', 14));
