/**
 * A number rounded to `digits` decimals as people write it in each language: a decimal comma in
 * Indonesian ("71,3"), a decimal point in English ("71.3"). No digit grouping: this is for the
 * scores, points and months inside explanation messages, which stay far below a thousand.
 * @example decimalText(71.25, 1, 'id') // '71,3'
 * @example decimalText(71.25, 1, 'en') // '71.3'
 * @example decimalText(-0.5, 2, 'id') // '-0,5'
 */
export function decimalText(value: number, digits: number, lng: 'id' | 'en'): string {
  const factor = 10 ** digits;
  const text = String(Math.round(value * factor) / factor);
  return lng === 'id' ? text.replace('.', ',') : text;
}
