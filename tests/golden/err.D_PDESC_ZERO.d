:::nosuch { }
