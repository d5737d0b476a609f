/* struct variables are held whole in map values, up to 64 KiB */
struct big { char b[65537]; };
struct big x;
BEGIN { x.b[0] = 1; }
