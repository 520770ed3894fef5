"""Normalizers for values users type: phones, e-mails."""
