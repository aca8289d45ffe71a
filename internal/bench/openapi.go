package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/conform-dev/conform/internal/contract"
)

// WriteOpenAPI writes root/openapi/big.json: an OpenAPI 3.0 document of ops
// operations (a create and a read per resource), each with a path parameter,
// an apiKey header, a request or response schema with documented limits, and
// a shared error response by $ref, like a vendor's API written out in full.
func WriteOpenAPI(root string, ops int) error {
	paths := map[string]any{}
	for i := 0; i < ops; i++ {
		res := fmt.Sprintf("/v1/{project_id}/resource%04d", i/2)
		if i%2 == 0 {
			paths[res] = map[string]any{"post": operation(fmt.Sprintf("Create%04d", i/2), true)}
		} else {
			paths[res+"/{id}"] = map[string]any{"get": operation(fmt.Sprintf("Show%04d", i/2), false)}
		}
	}
	doc := map[string]any{
		"openapi":  "3.0.3",
		"info":     map[string]any{"title": "generated", "version": "1"},
		"paths":    paths,
		"security": []any{map[string]any{"token": []any{}}},
		"components": map[string]any{
			"securitySchemes": map[string]any{"token": map[string]any{"type": "apiKey", "in": "header", "name": "X-Auth-Token"}},
			"parameters": map[string]any{
				"ProjectId": map[string]any{"name": "project_id", "in": "path", "required": true, "schema": map[string]any{"type": "string", "maxLength": 64}, "example": "p1"},
			},
			"schemas": map[string]any{
				"Thing": map[string]any{"type": "object", "required": []any{"name"}, "properties": map[string]any{
					"id":    map[string]any{"type": "string", "maxLength": 36},
					"name":  map[string]any{"type": "string", "minLength": 1, "maxLength": 64},
					"size":  map[string]any{"type": "integer", "minimum": 1, "maximum": 4096},
					"state": map[string]any{"type": "string", "enum": []any{"ACTIVE", "DOWN"}},
				}},
				"Error": map[string]any{"type": "object", "required": []any{"error_code"}, "properties": map[string]any{
					"error_code": map[string]any{"type": "string"}, "error_msg": map[string]any{"type": "string"},
				}},
			},
			"responses": map[string]any{
				"Error": map[string]any{"description": "error", "content": map[string]any{"application/json": map[string]any{"schema": ref("schemas/Error")}}},
			},
		},
	}
	b, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		return err
	}
	dir := filepath.Join(root, "openapi")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "big.json"), b, 0o644)
}

func ref(p string) map[string]any { return map[string]any{"$ref": "#/components/" + p} }

func operation(id string, create bool) map[string]any {
	params := []any{ref("parameters/ProjectId")}
	status := "200"
	op := map[string]any{"operationId": id}
	if create {
		status = "201"
		op["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": ref("schemas/Thing")}}}
	} else {
		params = append(params, map[string]any{"name": "id", "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
	}
	op["parameters"] = params
	op["responses"] = map[string]any{
		status: map[string]any{"description": "ok", "content": map[string]any{"application/json": map[string]any{"schema": ref("schemas/Thing")}}},
		"400":  ref("responses/Error"),
	}
	return op
}

// LoadAndRoute loads every contract under root, then routes to each
// operation as a scenario does: by operationId, its path template filled
// with values, and the filled path matched back to the operation.
func LoadAndRoute(ctx context.Context, root string) (ops int, load, route time.Duration, err error) {
	start := time.Now()
	set, err := contract.Load(ctx, root, nil)
	if err != nil {
		return 0, 0, 0, err
	}
	load = time.Since(start)
	start = time.Now()
	for _, name := range set.Names() {
		api, _ := set.API(name)
		for _, o := range api.Operations() {
			op, err := api.Operation(o.ID)
			if err != nil {
				return 0, 0, 0, err
			}
			values := map[string]string{}
			for _, p := range op.PathParams() {
				values[p] = "v-" + p
			}
			path, err := op.ExpandPath(values)
			if err != nil {
				return 0, 0, 0, err
			}
			if _, _, ok := op.MatchPath(path, false); !ok {
				return 0, 0, 0, fmt.Errorf("%s: %s does not match its own template", op.ID, path)
			}
			ops++
		}
	}
	return ops, load, time.Since(start), nil
}
