/* the limits compared are base + levels * step: 9 and 18 here */
BEGIN
{
	@a = lquantize(1, 0, 10, 3);
	@a = lquantize(1, 0, 20, 3);
}
