console.log(1 + '2', '3' * '4', true + 1, [] + {}, null + 1, undefined + 1);
console.log(0.1 + 0.2, 7 % 3, -7 % 3, 2 ** 10, 7 / 2, -0 === 0);
console.log(1 == '1', 1 === '1', null == undefined, null === undefined, NaN == NaN);
console.log('b' > 'a', '10' < '9', 10 < 9, [2] > 1);
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 4, -16 >> 2, -16 >>> 28);
console.log(typeof null, typeof undefined, typeof 1, typeof 's', typeof Symbol(), typeof {}, typeof function () {});
console.log(!!'', !!'0', !!0, !!NaN, !![], !!{});
