/* 10^19 still fits in 64 bits: llquantize(x, 10, 0, 19, 10) is valid */
BEGIN
{
	@ = llquantize(1, 10, 0, 19, 10);
}
