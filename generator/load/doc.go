// Package load reads a site's content files and splits each into front matter
// and markdown body, keeping the file position of every front-matter key and value.
//
// Trust model: content is untrusted. Files are read through an os.Root, so a
// symbolic link can never make the loader read outside the site root; symbolic
// links to folders are not followed at all, which also rules out loops. Alias
// expansion in YAML is bounded, and a file that is not valid UTF-8 is rejected.
// Nothing here interprets values: that is the model stage's job.
package load
