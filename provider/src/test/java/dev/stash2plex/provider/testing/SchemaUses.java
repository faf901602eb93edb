package dev.stash2plex.provider.testing;

import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks a validated document with the schema's types in hand and lists every field, argument and
 * input-object field it touches. Written by hand because graphql-java's QueryTraverser wants
 * variable values, and a shipped query file has none.
 */
final class SchemaUses {

    private final GraphQLSchema schema;
    private final List<StashSchema.Use> uses = new ArrayList<>();
    private final Set<String> fragmentsSeen = new HashSet<>();
    private Map<String, FragmentDefinition> fragments = Map.of();

    SchemaUses(GraphQLSchema schema) {
        this.schema = schema;
    }

    List<StashSchema.Use> of(Document document) {
        fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, fragment -> fragment));
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLType root = switch (operation.getOperation()) {
                case QUERY -> schema.getQueryType();
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
            };
            selections(operation.getSelectionSet(), root);
        }
        return List.copyOf(uses);
    }

    private void selections(SelectionSet set, GraphQLType parent) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            switch (selection) {
                case Field field -> field(field, parent);
                case InlineFragment inline -> selections(inline.getSelectionSet(), inline.getTypeCondition() == null
                        ? parent : schema.getType(inline.getTypeCondition().getName()));
                case FragmentSpread spread -> {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragmentsSeen.add(spread.getName() + "@" + parent)) {
                        selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
                    }
                }
                default -> throw new IllegalStateException("unknown selection " + selection);
            }
        }
    }

    private void field(Field field, GraphQLType parent) {
        if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
            return;
        }
        GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
        String coordinate = container.getName() + "." + field.getName();
        uses.add(new StashSchema.Use(coordinate, definition.isDeprecated()));
        for (Argument argument : field.getArguments()) {
            GraphQLArgument declared = definition.getArgument(argument.getName());
            uses.add(new StashSchema.Use(coordinate + "(" + argument.getName() + ":)", declared.isDeprecated()));
            value(argument.getValue(), declared.getType());
        }
        selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
    }

    private void value(Value<?> value, GraphQLInputType type) {
        switch (value) {
            case ArrayValue array -> array.getValues().forEach(item -> value(item, type));
            case ObjectValue object when GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLInputObjectType input -> {
                for (ObjectField objectField : object.getObjectFields()) {
                    GraphQLInputObjectField declared = input.getField(objectField.getName());
                    uses.add(new StashSchema.Use(input.getName() + "." + objectField.getName(), declared.isDeprecated()));
                    value(objectField.getValue(), declared.getType());
                }
            }
            default -> { }
        }
    }
}
