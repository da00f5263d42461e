try { (function (a = b, b = 2) {})(); console.log('no error'); } catch (e) { console.log(e.message); }
try { (function (a = a) {})(); console.log('no error'); } catch (e) { console.log(e.message); }
