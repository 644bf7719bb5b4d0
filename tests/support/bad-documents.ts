import { makeEncryptedPdf as makePasswordPdf, makeEmptyPdf as makeZeroPagePdf } from "@/lib/layout/testing/make-test-documents";

export const makeEmptyPdf = () => makeZeroPagePdf();
export const makeEncryptedPdf = () => makePasswordPdf("user-password");
