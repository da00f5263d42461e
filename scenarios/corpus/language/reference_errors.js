try { notDefined; } catch (e) { console.log(e.name + ': ' + e.message); }
try { notDefined = 1; console.log('sloppy assignment creates global', notDefined); } catch (e) { console.log(e.message); }
(function () {
  'use strict';
  try { alsoNotDefined = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
})();
