"use client";

import { useId, useRef, useState } from "react";
import { Plus } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { fieldProblem } from "@/lib/api-problem";
import { CATEGORY_NAME_MAX_LENGTH, type CategoryView, type TransactionType } from "@/modules/transaction/client";
import { problemSentence, createCategoryRequest } from "./category-requests";
import { KeywordChips } from "./keyword-chips";

export interface AddCategoryFormProps {
  type: TransactionType;
  onAdded: (category: CategoryView) => void;
}

export function AddCategoryForm({ type, onAdded }: AddCategoryFormProps) {
  const [name, setName] = useState("");
  const [keywords, setKeywords] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ name?: string; keywords?: string; general?: string }>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const titleId = useId();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setErrors({ name: "Give the category a name." });
      nameRef.current?.focus();
      return;
    }
    setSaving(true);
    setErrors({});
    const outcome = await createCategoryRequest({ name: trimmed, type, keywords });
    setSaving(false);
    if (!outcome.ok) {
      const { problem } = outcome;
      const next = {
        name: problem.code === "category_exists" ? problem.detail : fieldProblem(problem, "name"),
        // keyword_taken's detail names the category that already has the keyword.
        keywords: problem.code === "keyword_taken" ? problem.detail : fieldProblem(problem, "keywords"),
      };
      setErrors(next.name || next.keywords ? next : { general: problemSentence(problem) });
      if (next.name) nameRef.current?.focus();
      return;
    }
    setName("");
    setKeywords([]);
    onAdded(outcome.data);
    nameRef.current?.focus();
  }

  const typeWord = type === "income" ? "income" : "expense";
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={titleId} className="grid gap-4">
      <h2 id={titleId} className="text-base font-semibold">
        New {typeWord} category
      </h2>
      <Field label="Name" error={errors.name} required>
        {(control) => (
          <Input
            {...control}
            ref={nameRef}
            value={name}
            maxLength={CATEGORY_NAME_MAX_LENGTH}
            autoComplete="off"
            placeholder={type === "income" ? "e.g. Side projects" : "e.g. Coffee"}
            onChange={(event) => {
              setName(event.target.value);
              setErrors((current) => ({ ...current, name: undefined, general: undefined }));
            }}
          />
        )}
      </Field>
      <KeywordChips
        keywords={keywords.map((keyword) => ({ keyword, learned: false }))}
        onAdd={(keyword) => {
          setKeywords((current) => [...current, keyword]);
          return true;
        }}
        onRemove={(keyword) => setKeywords((current) => current.filter((k) => k !== keyword))}
        onSubmitEmpty={() => formRef.current?.requestSubmit()}
        error={errors.keywords}
        onClearError={() => setErrors((current) => ({ ...current, keywords: undefined }))}
        listLabel="Keywords of the new category"
        emptyText={null}
        inputLabel="Keywords"
        hint="Optional. Words in a note that should pick this category, e.g. a shop's name."
      />
      {errors.general ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {errors.general}
        </p>
      ) : null}
      <Button type="submit" loading={saving} className="w-full sm:w-fit">
        <Plus aria-hidden="true" />
        Add category
      </Button>
    </form>
  );
}
