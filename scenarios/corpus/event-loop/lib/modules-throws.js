console.log('throwing module runs');
throw new Error('module failed to load');
