BEGIN /"a"/ { }
