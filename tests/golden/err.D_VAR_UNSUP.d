provider foo { probe bar(); };
