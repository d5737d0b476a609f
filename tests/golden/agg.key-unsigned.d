/* the printed width depends only on the key's size: unsigned int keys
   print signed with " %8d", 64-bit ones with " %16lld" */
#pragma D option quiet
BEGIN
{
	@u[(unsigned)0xffffffff] = count();
	@u[(unsigned)7] = count();
	@u[(unsigned)7] = count();
	@ul[(uint64_t)-1] = count();
	@uc[(unsigned char)200] = count();
	exit(0);
}
