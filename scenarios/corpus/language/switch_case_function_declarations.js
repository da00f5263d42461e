switch (1) { case 1: function h() { return 'ok'; } console.log(h()); }
