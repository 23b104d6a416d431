package load

import (
	"io/fs"
	"path"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Log4brainsConfig is where log4brains keeps its settings, at the root of
// the repository.
const Log4brainsConfig = ".log4brains.yml"

// log4brainsFile is the part of .log4brains.yml secdoc reads.
type log4brainsFile struct {
	Project struct {
		ADRFolder string `yaml:"adrFolder"`
		Packages  []struct {
			ADRFolder string `yaml:"adrFolder"`
		} `yaml:"packages"`
	} `yaml:"project"`
}

// Log4brainsFolders returns the ADR folders .log4brains.yml at the site
// root names (project.adrFolder and each package's adrFolder), as slash
// paths from the root, or none. The file is log4brains' own, so one
// secdoc cannot read is left to log4brains to report.
func Log4brainsFolders(root fs.FS) []string {
	if root == nil {
		return nil
	}
	data, err := fs.ReadFile(root, Log4brainsConfig)
	var cfg log4brainsFile
	if err != nil || len(data) > MaxFileSize || yaml.Unmarshal(data, &cfg) != nil {
		return nil
	}
	folders := []string{cfg.Project.ADRFolder}
	for _, p := range cfg.Project.Packages {
		folders = append(folders, p.ADRFolder)
	}
	var out []string
	for _, f := range folders {
		if f = path.Clean(strings.TrimPrefix(f, "./")); f != "." && f != ".." && !strings.HasPrefix(f, "../") && !path.IsAbs(f) {
			out = append(out, f)
		}
	}
	return out
}

// inLog4brains reports whether the file at p is in a log4brains folder.
func (a ADR) inLog4brains(p string) bool {
	for _, f := range a.Log4brains {
		if strings.HasPrefix(p, f+"/") {
			return true
		}
	}
	return false
}
