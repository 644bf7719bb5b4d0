import {
  makePngHeader as makeHeader,
  makeEncryptedPdf as makePasswordPdf,
  makeEmptyPdf as makeZeroPagePdf,
} from "@/lib/layout/testing/make-test-documents";

export const makeEmptyPdf = () => makeZeroPagePdf();
export const makeEncryptedPdf = () => makePasswordPdf("user-password");
/** A real PNG header claiming the given size, with no pixel data behind it. */
export const makePngHeader = (width: number, height: number) => makeHeader(width, height);
