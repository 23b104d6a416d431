// Package load reads a site's content files through readers: each Reader
// claims files by folder, name or content and turns each into zero or more
// documents, keeping the file position of every field and value. The
// markdown reader splits a file into front matter and body; the ADR reader
// also reads what decision records written with adr-tools, MADR or
// log4brains state in their body (status, date, deciders, relations),
// marking those fields Inferred.
//
// Trust model: content is untrusted. Files are read through an fs.FS, an
// os.Root's for a real site, so a symbolic link can never make the loader
// read outside the site root; symbolic links to folders are not followed at
// all, which also rules out loops. A mounted folder is its own fs.FS (an
// os.Root's, or fs.Sub of the site root's), so a link in it cannot leave it
// either; which folders may be mounted is the config stage's to decide. Files no reader matches are never opened,
// and none larger than MaxFileSize is read. Alias expansion in YAML is
// bounded, and a file that is not valid UTF-8 is rejected.
// Nothing here interprets values: that is the model stage's job.
package load
