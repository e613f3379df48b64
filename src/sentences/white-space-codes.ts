// The white space of `String.prototype.trim` and `\s`, by UTF-16 code unit, so the splitter trims
// exactly as `trim()` does without building strings.

/** True for every white-space code unit that `String.prototype.trim` removes and that is not a line break. */
export function isHorizontalSpace(code: number): boolean {
  return isWhiteSpaceCode(code) && !isLineBreakCode(code);
}

/** True for the code units that `String.prototype.trim` (and `\s`) treats as white space. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for LF, CR, LINE SEPARATOR and PARAGRAPH SEPARATOR. */
export function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}
