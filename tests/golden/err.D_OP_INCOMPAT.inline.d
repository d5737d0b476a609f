inline string x = 1;
