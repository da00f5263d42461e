console.log('throwing an object');
throw { code: 42, reason: 'not an Error' };
