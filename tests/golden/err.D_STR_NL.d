BEGIN { x = "abc
"; }
