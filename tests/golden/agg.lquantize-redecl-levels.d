/* lquantize() declarations match when base, step and the number of levels
   do: limits 10 and 11 both give 3 levels of step 3 */
BEGIN
{
	@a = lquantize(1, 0, 10, 3);
	@a = lquantize(2, 0, 11, 3);
}
