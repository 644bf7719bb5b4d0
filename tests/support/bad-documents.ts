import {
  makeFlateBombPdf,
  makePngHeader as makeHeader,
  makeEncryptedPdf as makePasswordPdf,
  makeEmptyPdf as makeZeroPagePdf,
} from "@/lib/layout/testing/make-test-documents";

export const makeEmptyPdf = () => makeZeroPagePdf();
export const makeEncryptedPdf = () => makePasswordPdf("user-password");
/** A real PNG header claiming the given size, with no pixel data behind it. */
export const makePngHeader = (width: number, height: number) => makeHeader(width, height);
/** A PDF of about 130 KB whose attached XML decodes to 128 MB of spaces. */
export const makeDecompressionBombPdf = () => makeFlateBombPdf(128 * 2 ** 20, "attachment");
