#error oops
