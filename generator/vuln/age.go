package vuln

import (
	"time"

	"github.com/secdoc/secdoc/generator/model"
)

// AgeText writes a report's age for people: hours up to two days ("5
// hours"), then days ("3 days").
func AgeText(d time.Duration) string {
	if h := int(d.Hours()); h < 48 {
		return model.Plural(h, "hour")
	}
	return model.Plural(int(d.Hours()/24), "day")
}
