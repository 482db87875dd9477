"""Printing: find the day's last document number by an index range, and a document by its number."""


def apply(db):
    db.execute("CREATE INDEX IF NOT EXISTS printed_documents_number ON printed_documents (doc_number)")
    db.execute("CREATE INDEX IF NOT EXISTS printed_documents_at ON printed_documents (at)")
