/** The text with its first letter in upper case: a title or a sentence start made from a phrase. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The text with its first letter in lower case: a phrase set inside a sentence ("… bảo đảm an ninh"). A name keeps its
 * capitals: an abbreviation ("UBND tỉnh …") or a first word followed by another capitalised one ("Tuyên Quang chủ trì …"),
 * but for the name of a body ("Trình Sở Xây dựng …" is a verb before it).
 */
export function lowerFirst(text: string): string {
  if (
    /^(?:\p{Lu}[\p{L}\p{M}]*\p{Lu}|\p{Lu}[\p{L}\p{M}]*\s+(?!(?:Sở|UBND|HĐND|Ủy|Uỷ|Ban|Bộ|Công|Cục|Chi|Trung|Văn|Thanh|Kho|Ngân|Bảo|Hội|Tỉnh|Phòng|Đài|Báo|Chủ|Viện|Đoàn|Mặt|Thường|Đề|Kế|Nghị|Quyết|Chỉ|Tờ|Luật|Thông|Chương|Mẹ|Tết)(?![\p{L}\p{M}]))\p{Lu})/u.test(
      text,
    )
  )
    return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
